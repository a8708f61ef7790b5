// Asks for the first answers, the scores above all (the slowest), while the app's script is
// still loading: run from index.html before it. The app adopts these answers (api/answers.ts)
// instead of asking again. The scores' address must be the one the app builds
// (api/evaluation-path.ts); the e2e tests check the app asks for the scores only once.
(() => {
  const prefetched = new Map();
  window.fourfoldPrefetched = prefetched;
  const ask = (path) => {
    const answer = fetch(path).then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(`${response.status}`)),
    );
    answer.catch(() => {});
    prefetched.set(path, answer);
    return answer;
  };
  const query = new URLSearchParams(location.search);
  ask("/api/status");
  ask("/api/organisation");
  Promise.all([ask("/api/scorecards"), ask("/api/data-range")])
    .then(([{ scorecards }, range]) => {
      let remembered = null;
      try {
        remembered = localStorage.getItem("fourfold.scorecard");
      } catch {}
      const wanted = query.get("scorecard") ?? remembered;
      const scorecard = scorecards.find((s) => s.key === wanted) ?? scorecards[0];
      if (!scorecard) return;
      const params = new URLSearchParams({
        period: query.get("period") ?? range.latest.month,
        toDate: String(query.get("toDate") === "1"),
      });
      if (query.get("whole") === "1") params.set("whole", "true");
      params.set("trend", "12");
      ask(`/api/scorecards/${encodeURIComponent(scorecard.key)}/evaluation?${params}`);
    })
    .catch(() => {});
})();
