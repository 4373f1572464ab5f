// Preloaded (`node -r`) into each process `npm run bench` measures: at exit it writes the
// process's peak resident memory (KB) and its CPU time (user + system, µs) to the file named by
// ZVIT_BENCH_RSS, as JSON.
process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(
    process.env.ZVIT_BENCH_RSS,
    JSON.stringify({ maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }),
  );
});
