// The edtf package ships no types; the tests only ask whether a string parses.
declare module 'edtf' {
  export function parse(input: string): { type: string; level: number };
}
