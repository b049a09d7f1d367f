import type { Fetcher } from "@cloudflare/workers-types";

/** A stand-in assets binding that serves `files` by name (404 for any other) and records what was asked. */
export function standInAssets(files: Record<string, string>): { binding: Fetcher; asked: string[] } {
  const asked: string[] = [];
  const binding = {
    fetch: async (url: string) => {
      const name = new URL(url).pathname.slice(1);
      asked.push(name);
      return name in files ? new Response(files[name]) : new Response("no such asset", { status: 404 });
    },
  } as unknown as Fetcher;
  return { binding, asked };
}
