export function wrap(text: string, width: number): string;
