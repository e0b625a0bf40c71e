export declare const MORE: Record<string, string>;
export declare function cards(text: string, gold: string, lang: string, other: { text: string; gold: string }, style: 'spaced' | 'packed' | 'bare'): string;
