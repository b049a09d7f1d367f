// A parse worker that never starts (the twenty-first reliability round): its module never finishes loading — a timer
// keeps the thread alive and it never says "ready" — as a worker stuck loading core would.
setInterval(() => {}, 1000);
