import { type Browser, chromium } from "playwright-core";

/**
 * Debian's Chromium (scripts/setup.d/chromium.sh installs it), headless, with nothing reaching
 * outside the machine: the flags keep it from calling home, which a closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
