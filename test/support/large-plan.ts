// A plan as large as asked, in its stored form (a CSM Kit plan file): `actions` actions labelled after the
// library's, every one scored (time and value spread over 1–5, so that each decision and ties occur), a
// validated roadmap solution for every tenth action, the capacity with hours for those, and, when asked, a
// portfolio of `accounts` rows. Used by the limits tests (at and one past each limit) and by the pane
// benchmark (bench/pane.ts), which imports it into the production build.
import { ACTION_LIBRARY } from "../../functions/scaling/action-library";
import { PLAN_FORMAT, PLAN_VERSION, type Plan } from "../../notebook/plan/schema";

/** The plan; its actions have ids `a0`, `a1`…, labels "<library label> 1"…, in library stages. */
export function largePlan(actions: number, accounts = 0): Plan {
  const items = Array.from({ length: actions }, (_, i) => {
    const model = ACTION_LIBRARY[i % ACTION_LIBRARY.length];
    return {
      id: `a${i}`,
      label: `${model?.label.en ?? "Action"} ${i + 1}`,
      stage: model?.stage ?? "support",
    };
  });
  // Time 1–5 by i, value 1–5 by i / 5: every one of the 25 (time, value) pairs, in turn.
  const scores = Object.fromEntries(
    items.map(({ id }, i) => [id, { time: 1 + (i % 5), value: 1 + (Math.floor(i / 5) % 5) }]),
  );
  const roadmap = items
    .filter((_, i) => i % 10 === 0)
    .map(({ id, label }, i) => ({
      actionId: id,
      action: label,
      solution: "Email sequence",
      kind: "email",
      oneOffCost: 1500,
      monthlyCost: 40,
      weeks: 2,
      owner: "CS Ops",
      priority: i + 1,
      validated: true,
    }));
  const cells: Plan["cells"] = [
    { id: "actions", kind: "actions", inputs: { items }, order: 0 },
    { id: "scores", kind: "scores", inputs: scores, order: 1 },
    { id: "decisions", kind: "decisions", inputs: {}, order: 2 },
    { id: "roadmap", kind: "roadmap", inputs: { start: "2026-01-05", items: roadmap }, order: 3 },
    {
      id: "capacity",
      kind: "capacity",
      inputs: {
        hours: Object.fromEntries(roadmap.map(({ actionId }) => [actionId, 0.5])),
        shares: {},
        accounts: Math.max(accounts, 400),
        csmHeadcount: 4,
        csmHoursPerAccount: 40,
        loadedCostPerCsm: 90_000,
      },
      order: 4,
    },
  ];
  if (accounts > 0)
    cells.push({
      id: "portfolio",
      kind: "portfolio",
      inputs: {
        source: "accounts.csv",
        table: null,
        headers: ["Account", "ARR"],
        rows: Array.from({ length: accounts }, (_, i) => [`ACC-${i}`, 1000 + ((i * 7919) % 250_000)]),
        mapping: { account: 0, currentArr: 1 },
      },
      order: 5,
    });
  return { format: PLAN_FORMAT, version: PLAN_VERSION, metadata: { title: `${actions} actions` }, cells };
}
