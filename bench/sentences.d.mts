export declare function sentenced(text: string, gold: string): [string, string];
