export declare const NEXT: Record<string, [label: string, headline: string, byline: string, date: string]>;
export declare function nextStory(text: string, gold: string, lang: string, other: { text: string; gold: string }, labelled: boolean, dateFirst?: boolean): string;
