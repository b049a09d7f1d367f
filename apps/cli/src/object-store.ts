/**
 * Uploads to an S3-compatible object store (Cloudflare R2's S3 API, or any other), signed with AWS
 * Signature Version 4 by aws4fetch. The payload's SHA-256 is signed too, so the store refuses a body
 * that changed on the way. Files up to `partBytes` go in one PUT; larger ones as a multipart upload,
 * read part by part, so memory holds one part at a time.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { AwsClient } from "aws4fetch";

export interface ObjectStoreOptions {
  /** `https://<account id>.r2.cloudflarestorage.com` for R2. */
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** R2 takes `auto`. */
  region?: string;
  /** Size of one part of a multipart upload, and the largest file sent in one PUT. */
  partBytes: number;
  /** Attempts per request for answers that may pass (429, 5xx, network errors). */
  attempts?: number;
}

/** S3 refuses parts under 5 MiB (all but the last) and uploads of more than 10,000 parts. */
export const MIN_PART_BYTES = 5 * 1024 * 1024;
export const MAX_PARTS = 10_000;

/** An answer of the store that is not a success, with what it said. */
export class ObjectStoreError extends Error {
  override readonly name = "ObjectStoreError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `r2://bucket/some/prefix` → bucket and key prefix (ending in `/` unless empty). */
export function parseR2Url(url: string): { bucket: string; prefix: string } {
  const match = /^r2:\/\/([a-z0-9][a-z0-9-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!match) {
    throw new Error(
      `expected r2://<bucket>/<prefix> with a bucket name of 3–63 lower-case letters, digits and -, not ${url}`,
    );
  }
  const prefix = (match[2] ?? "").replace(/^\/+/, "");
  return { bucket: match[1]!, prefix: prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/` };
}

function encodeKey(key: string): string {
  return key.split("/").map(encodeURIComponent).join("/");
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The text of an XML element (the store's answers are small and flat). */
function xmlValue(xml: string, element: string): string | undefined {
  return new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml)?.[1];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export class ObjectStore {
  private readonly client: AwsClient;
  private readonly endpoint: string;

  constructor(private readonly options: ObjectStoreOptions) {
    if (options.partBytes < MIN_PART_BYTES) throw new Error(`parts are at least ${MIN_PART_BYTES} bytes`);
    this.endpoint = options.endpoint.replace(/\/+$/, "");
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      service: "s3",
      region: options.region ?? "auto",
      // Retries are ours, so that they are counted and only for answers that may pass.
      retries: 0,
    });
  }

  private url(bucket: string, key: string, query = ""): string {
    return `${this.endpoint}/${bucket}/${encodeKey(key)}${query}`;
  }

  private async request(method: string, url: string, body?: Uint8Array): Promise<Response> {
    const attempts = this.options.attempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      let response: Response | null = null;
      let failure: unknown = null;
      try {
        response = await this.client.fetch(url, {
          method,
          ...(body ? { body } : {}),
          headers: { "x-amz-content-sha256": sha256(body ?? new Uint8Array()) },
        });
        if (response.ok) return response;
      } catch (error) {
        failure = error;
      }
      const retriable = response === null || response.status === 429 || response.status >= 500;
      if (!retriable || attempt >= attempts) {
        if (response === null) throw failure;
        const text = await response.text();
        const code = xmlValue(text, "Code") ?? response.statusText;
        const message = xmlValue(text, "Message") ?? text.slice(0, 200);
        throw new ObjectStoreError(
          response.status,
          `${method} ${url}: ${response.status} ${code}: ${message}`,
        );
      }
      await response?.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }

  /** Uploads a file to `bucket/key`, in one PUT or in parts; returns the bytes sent. */
  async putFile(path: string | Buffer, bucket: string, key: string): Promise<number> {
    const file = await open(path, "r");
    try {
      const { size } = await file.stat();
      const { partBytes } = this.options;
      if (size <= partBytes) {
        const bytes = new Uint8Array(size);
        await file.read(bytes, 0, size, 0);
        await this.request("PUT", this.url(bucket, key), bytes);
        return size;
      }
      if (Math.ceil(size / partBytes) > MAX_PARTS) {
        throw new Error(
          `${path} needs more than ${MAX_PARTS} parts of ${partBytes} bytes; use a larger --part-size`,
        );
      }
      const created = await (await this.request("POST", this.url(bucket, key, "?uploads"))).text();
      const uploadId = xmlValue(created, "UploadId");
      if (!uploadId)
        throw new Error(`the store did not start a multipart upload of ${key}: ${created.slice(0, 200)}`);
      try {
        const etags: string[] = [];
        const part = new Uint8Array(partBytes);
        for (let offset = 0, number = 1; offset < size; offset += partBytes, number++) {
          const { bytesRead } = await file.read(part, 0, Math.min(partBytes, size - offset), offset);
          const query = `?partNumber=${number}&uploadId=${encodeURIComponent(uploadId)}`;
          const answer = await this.request("PUT", this.url(bucket, key, query), part.subarray(0, bytesRead));
          etags.push(answer.headers.get("etag") ?? "");
        }
        const manifest = `<CompleteMultipartUpload>${etags
          .map(
            (etag, index) =>
              `<Part><PartNumber>${index + 1}</PartNumber><ETag>${escapeXml(etag)}</ETag></Part>`,
          )
          .join("")}</CompleteMultipartUpload>`;
        const done = await this.request(
          "POST",
          this.url(bucket, key, `?uploadId=${encodeURIComponent(uploadId)}`),
          new TextEncoder().encode(manifest),
        );
        // S3 can answer 200 with an error in the body once the upload has started.
        const text = await done.text();
        if (xmlValue(text, "Code"))
          throw new ObjectStoreError(200, `completing ${key}: ${text.slice(0, 200)}`);
        return size;
      } catch (error) {
        // Parts of an abandoned upload are stored (and billed) until aborted.
        await this.request(
          "DELETE",
          this.url(bucket, key, `?uploadId=${encodeURIComponent(uploadId)}`),
        ).catch(() => {});
        throw error;
      }
    } finally {
      await file.close();
    }
  }
}
