/** Rewrites a built bundle file to ASCII only; true when it changed the file. */
export function asciiOnly(file: string): boolean;
