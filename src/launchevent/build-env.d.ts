/**
 * Replaced at build time (webpack DefinePlugin) by the address the add-in is served from, ending
 * in "/": the JavaScript-only runtime of classic Outlook can only fetch absolute URLs.
 */
declare const __ETIQUETTE_BASE_URL__: string | undefined;
