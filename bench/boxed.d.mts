export declare const BOXES: Record<string, string[]>;
export declare const MOST_READ: Record<string, string>;
export declare const AGO: Record<string, string[]>;
export declare function boxed(text: string, gold: string, lang: string, style: 'spaced' | 'packed' | 'ranked' | 'dated'): string;
export declare const MORE_HEADLINES: Record<string, [string, string]>;
export declare const TOPIC: Record<string, string>;
export declare function boxedUnder(text: string, gold: string, lang: string, style: 'packed' | 'spaced' | 'bare'): string;
