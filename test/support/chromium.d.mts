// The types of chromium.mjs (plain JavaScript, so that the browser walks import it without a build).
import type { Server } from "node:http";
import type { Browser } from "playwright-core";

export declare function serveFolder(
  folder: string,
  options?: { noStore?: boolean },
): Promise<{ server: Server; base: string }>;
export declare function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }>;
