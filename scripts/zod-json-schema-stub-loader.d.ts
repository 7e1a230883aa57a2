export declare function stubFor(source: string): string;
export declare function exportNames(source: string): string[];
export declare const TEST: RegExp;
