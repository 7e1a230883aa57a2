export declare const LOCK: string;
export declare function versionOf(xml: string): string;
export declare function fingerprint(xml: string): string;
export declare function checkLock(xml: string, lock: { version: string; sha256: string }): string | null;
