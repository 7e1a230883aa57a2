/** Types for chromium.js (plain JavaScript, so jest.config.js can require it). */
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export const LAUNCH_ARGS: string[];
export const INSTALL_HELP: string[];
