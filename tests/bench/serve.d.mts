export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

export function serveStatic(root: string, extraHeaders?: Record<string, string>): Promise<StaticSite>;
