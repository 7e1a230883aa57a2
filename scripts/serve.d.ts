import type { IncomingMessage, Server, ServerResponse } from "http";

/** Types for serve.js (plain JavaScript: it runs before anything is built). */
export function serve(options: {
  root: string;
  port?: number;
  host?: string;
  tls?: { key: Buffer | string; cert: Buffer | string; ca?: Buffer | string };
  index?: string;
}): Promise<{ server: Server; url: string; port: number }>;
export function handle(root: string, req: IncomingMessage, res: ServerResponse, index: string): void;
export const TYPES: Record<string, string>;
