export declare const ABOUT: Record<string, string[]>;
export declare function about(lang: string): string;
