// A heartbeat in the page, for the browser walks that assert the pane keeps answering while it works: a 20 ms
// timer whose longest gap between two ticks is how long the page's main thread was busy at a stretch.

/** Measures, in the page, the longest gap between two ticks of a 20 ms timer (run in the page). */
export function heartbeat() {
  const beat = { last: performance.now(), longest: 0, timer: 0 };
  beat.timer = setInterval(() => {
    const now = performance.now();
    beat.longest = Math.max(beat.longest, now - beat.last);
    beat.last = now;
  }, 20);
  window.__heartbeat = beat;
}

/** Starts the heartbeat in a page already open. */
export const startHeartbeat = (page) => page.evaluate(heartbeat);

/** Stops the heartbeat; the longest gap, in ms (up to now: a page still busy makes this call wait). */
export function stopHeartbeat(page) {
  return page.evaluate(() => {
    const beat = window.__heartbeat;
    clearInterval(beat.timer);
    return Math.round(Math.max(beat.longest, performance.now() - beat.last));
  });
}
