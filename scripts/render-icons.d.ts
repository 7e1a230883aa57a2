export declare const ICONS: { size: number; source: string }[];
export declare function renderIcon(source: string, size: number): Buffer;
export declare function renderIcons(options?: { check?: boolean }): string[];
