// Fetches a release over HTTP(S) with a deadline and a size cap, so a slow or huge answer fails
// with a message instead of hanging the command or filling the disk.

export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
}

export async function download(url: string, { timeoutMs, maxBytes }: DownloadLimits): Promise<Uint8Array> {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`${url}: only http(s) URLs are downloaded`);
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(parsed, { signal, redirect: "follow" });
  } catch (error) {
    throw new Error(signal.aborted ? `${url}: no answer within ${timeoutMs / 1000} s` : `${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new Error(`${url}: the file is ${declared} bytes, over the ${maxBytes}-byte limit (--max-mb)`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    for (let read = await reader?.read(); reader && read && !read.done; read = await reader.read()) {
      total += read.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new Error(`${url}: the file passed the ${maxBytes}-byte limit (--max-mb) while downloading`);
      }
      chunks.push(read.value);
    }
  } catch (error) {
    if (signal.aborted) throw new Error(`${url}: the download did not finish within ${timeoutMs / 1000} s`);
    throw error;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
