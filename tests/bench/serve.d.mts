export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

export function parseHeadersFile(text: string): { prefix: string; headers: Record<string, string> }[];

export function serveStatic(root: string, extraHeaders?: Record<string, string>, options?: { hostHeaders?: boolean }): Promise<StaticSite>;
