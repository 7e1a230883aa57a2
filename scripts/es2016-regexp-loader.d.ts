export declare function rewriteRegExps(source: string): { code: string; rewritten: string[] };
