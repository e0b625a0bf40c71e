export declare const BOXES: Record<string, string[]>;
export declare function boxed(text: string, gold: string, lang: string, spaced: boolean): string;
