process.env.WRANGLER_SEND_METRICS = "false";
const { unstable_DevEnv } = await import("wrangler");
const devEnv = new unstable_DevEnv();
let gotUser;
const userUrl = new Promise((r) => { gotUser = r; });
const orig = devEnv.proxy.onReloadComplete.bind(devEnv.proxy);
devEnv.proxy.onReloadComplete = (d) => { gotUser(d.proxyData.userWorkerUrl); return orig(d); };
const w = await devEnv.startWorker({ config: "/tmp/h56wd/wrangler.jsonc", dev: { server: { hostname: "127.0.0.1", port: 18758 }, inspector: false, persist: false } });
console.log("url", String(await w.url), JSON.stringify(await userUrl));
