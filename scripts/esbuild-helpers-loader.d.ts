export declare function shareHelpers(source: string): { code: string; shared: string[] };
export declare function sharedHelpers(): { texts: Map<string, string>; specifier: string };
