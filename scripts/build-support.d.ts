export interface BuildOptions {
  dev: boolean;
  baseUrl: string;
  sendMode: string;
  policyFile: string;
  outDir: string;
}
export declare const ROOT: string;
export declare const DEV_URL: string;
export declare const SEND_MODES: string[];
export declare const DEFAULT_POLICY_FILE: string;
export declare const OFFICE_JS_DIST: string;
export declare function normaliseBaseUrl(url: string): string;
export declare function buildOptions(env?: Record<string, unknown>, argv?: { mode?: string }, processEnv?: Record<string, string | undefined>): BuildOptions;
export declare function rewriteManifest(xml: string, options: { baseUrl: string; sendMode: string }): string;
export declare function validatedPolicyJson(file: string): string;
export declare function officeJsPatterns(): { from: string; context: string; to: string; globOptions: { ignore: string[] } }[];
