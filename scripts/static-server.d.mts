export function startStaticServer(
  mounts: Record<string, string>,
  options?: { port?: number; charsets?: Record<string, string> },
): Promise<{ origin: string; close(): Promise<void> }>;
