/** What a preview page tells the gallery that frames it, once it has reached its state or not. */
export interface PreviewStatus {
  preview: string;
  status: 'reached' | 'failed';
  problem?: string;
}

export function isPreviewStatus(data: unknown): data is PreviewStatus {
  if (typeof data !== 'object' || data === null) return false;
  const { preview, status } = data as Partial<PreviewStatus>;
  return typeof preview === 'string' && (status === 'reached' || status === 'failed');
}
