/** A built dist/ folder served on loopback as a static host would (shared with the bench). */
export { parseHeadersFile, serveStatic, type StaticSite } from '../../bench/serve.mjs';
