export interface ManifestContext {
  readUrl?: (url: string) => Buffer | undefined;
  registeredFunctions?: string[];
  commandIds?: string[];
  baseUrl?: string;
}
export declare const MAX_MANIFEST_BYTES: number;
export declare const MAX_RESID: number;
export declare const ORDER: Record<string, string[]>;
export declare function checkManifest(xml: string, context?: ManifestContext): string[];
export declare function inspectOnSendFile(code: string, sendFunction?: string): Promise<{ registered: string[]; commandIds: string[] }>;
export declare function pngSize(png: Buffer): { width: number; height: number } | null;
