export declare const THREAD: Record<string, [heading: string, reply: string, people: [name: string, date: string][], says: string]>;
export declare function commented(text: string, gold: string, lang: string, other: { text: string; gold: string }, style: 'counted' | 'bare' | 'blog'): string;
