/**
 * The plan behind the notebook view: loaded from the store once, saved a moment after each change, and
 * never written over when what is stored could not be read, until the person has kept it aside.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanLoad } from "../../../addin/plan-store";
import type { Bilingual, Language } from "../../../functions/excel/language";
import { createNotebook } from "../../../notebook/engine/engine";
import type { Notebook, NotebookSnapshot } from "../../../notebook/engine/types";
import { notebookKinds, starterPlan } from "../../../notebook/plan/kinds";
import {
  planCodec,
  planFromSnapshot,
  snapshotFromPlan,
  type Plan,
  type PlanMetadata,
} from "../../../notebook/plan/schema";
import {
  keepReplacedPlan,
  readReplacedPlans,
  type ReplacedBy,
  type ReplacedPlan,
} from "../../../notebook/plan/replaced-plans";
import { planCurrency, type Currency } from "../../../notebook/plan/currency";
import type { NotebookServices } from "./notebook-services";
import { bilingual, errorText } from "./view-helpers";
import { startedAfresh } from "./stored-plan";

/** How long after the last change the plan is saved, in milliseconds. */
export const SAVE_DELAY = 400;

/** A stored plan that could not be read: shown to the person, kept as it is. */
export type BlockedReading = Exclude<PlanLoad<Plan>, { kind: "empty" } | { kind: "ok" }>;

export type PlanState =
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly reason: Bilingual }
  | { readonly kind: "blocked"; readonly reading: BlockedReading; readonly problem?: Bilingual }
  | { readonly kind: "ready"; readonly notebook: Notebook; readonly notice?: Bilingual };

export type SaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "pending" }
  | { readonly kind: "saved" }
  | { readonly kind: "failed"; readonly reason: Bilingual };

function openNotebook(snapshot: NotebookSnapshot): Notebook {
  const notebook = createNotebook(notebookKinds);
  notebook.restore(snapshot);
  return notebook;
}

const newMetadata = (): PlanMetadata => ({ createdAt: new Date().toISOString() });

/**
 * A plan's metadata with its currency settled once: the one it chose, else that of the language it was saved
 * in (or the pane's), so that switching the pane's language later does not change its amounts' currency.
 */
const withCurrency = (metadata: PlanMetadata, language: Language): PlanMetadata => ({
  ...metadata,
  currency: planCurrency(metadata.currency, metadata.language ?? language),
});

export function usePlan(services: NotebookServices, language: Language) {
  const { store } = services;
  const [state, setState] = useState<PlanState>({ kind: "loading" });
  const [saving, setSaving] = useState<SaveState>({ kind: "idle" });
  const [replaced, setReplaced] = useState<readonly ReplacedPlan[]>([]);
  const metadata = useRef<PlanMetadata>({});
  // The currency the plan chose (its metadata's), kept as state too so that the view shows a change.
  const [chosenCurrency, setChosenCurrency] = useState<Currency | undefined>(undefined);
  const latest = useRef({ services, language });
  const queue = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    latest.current = { services, language };
  });

  /** The plan as it would be saved now. */
  const planOf = useCallback(
    (notebook: Notebook): Plan =>
      planFromSnapshot(notebook.snapshot(), {
        ...metadata.current,
        language: latest.current.language,
        updatedAt: new Date().toISOString(),
      }),
    [],
  );

  const save = useCallback(
    (notebook: Notebook) => {
      setSaving({ kind: "pending" });
      const plan = planOf(notebook);
      // One save at a time, in order: the last change is the one that stays.
      queue.current = queue.current
        .then(() => store.save(plan))
        .then(
          () => setSaving({ kind: "saved" }),
          (error: unknown) => setSaving({ kind: "failed", reason: errorText(error) }),
        );
    },
    [store, planOf],
  );

  useEffect(() => {
    let current = true;
    store.load().then(
      (loaded) => {
        if (!current) return;
        if (loaded.kind === "unreadable" || loaded.kind === "newer") {
          setState({ kind: "blocked", reading: loaded });
          return;
        }
        try {
          const snapshot =
            loaded.kind === "ok"
              ? snapshotFromPlan(loaded.plan)
              : starterPlan(latest.current.services.today());
          const notebook = openNotebook(snapshot);
          metadata.current = withCurrency(
            loaded.kind === "ok" ? { ...loaded.plan.metadata } : newMetadata(),
            latest.current.language,
          );
          setChosenCurrency(metadata.current.currency);
          setState({ kind: "ready", notebook });
          // The plans replaced before: what cannot be read is left where it is until the next one is kept.
          store.readReplaced().then(
            (text) => current && setReplaced(readReplacedPlans(text).plans),
            () => undefined,
          );
        } catch (error) {
          // A plan that reads but cannot be opened is kept as it is, like an unreadable one.
          const raw = loaded.kind === "ok" ? planCodec.write(loaded.plan) : "";
          setState({ kind: "blocked", reading: { kind: "unreadable", reason: errorText(error), raw } });
        }
      },
      (error: unknown) => current && setState({ kind: "failed", reason: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [store]);

  const notebook = state.kind === "ready" ? state.notebook : undefined;
  useEffect(() => {
    if (notebook === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = notebook.subscribe(() => {
      setSaving({ kind: "pending" });
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        save(notebook);
      }, SAVE_DELAY);
    });
    return () => {
      unsubscribe();
      // Leaving with a change not saved yet: save it now.
      if (timer !== undefined) {
        clearTimeout(timer);
        save(notebook);
      }
    };
  }, [notebook, save]);

  /** Starts a new plan, saved at once, with a notice of what became of the stored one. */
  const beginNew = useCallback(
    (notice: Bilingual) => {
      const fresh = openNotebook(starterPlan(latest.current.services.today()));
      metadata.current = withCurrency(newMetadata(), latest.current.language);
      setChosenCurrency(metadata.current.currency);
      setState({ kind: "ready", notebook: fresh, notice });
      save(fresh);
    },
    [save],
  );

  /** Keeps the unreadable plan aside, then starts a new plan and saves it. */
  const keepAside = useCallback(async () => {
    if (state.kind !== "blocked") return;
    try {
      const key = await store.keepAside(state.reading.raw);
      beginNew(bilingual("keptAside", { key }));
    } catch (error) {
      setState({ ...state, problem: bilingual("keepAsideFailed", { reason: errorText(error) }) });
    }
  }, [state, store, beginNew]);

  /**
   * Starts a new plan over the stored one the person has downloaded (see stored-plan.tsx): the next save
   * replaces it.
   */
  const startAfresh = useCallback(() => {
    if (state.kind !== "blocked") return;
    store.letReplace(state.reading.raw);
    beginNew(startedAfresh());
  }, [state, store, beginNew]);

  /**
   * Replaces the notebook's cells with another plan's (this clears the undo history), after keeping the plan
   * it replaces with the replaced plans — unless `withoutCopy`, when the storage had no room for it and the
   * person chose to go on. `restoring`: the index of the kept plan being restored, which leaves the list.
   * Rejects, changing nothing, when the plan cannot be kept. Resolves to how many older kept plans were left
   * out for lack of room.
   */
  const replace = useCallback(
    async (
      target: Notebook,
      plan: Plan,
      replacedBy: ReplacedBy,
      options: { readonly withoutCopy?: boolean; readonly restoring?: number } = {},
    ): Promise<number> => {
      const snapshot = snapshotFromPlan(plan);
      // A plan that cannot be opened throws here, before anything kept is changed.
      openNotebook(snapshot);
      let droppedForRoom = 0;
      if (options.withoutCopy !== true) {
        const entry = { keptAt: new Date().toISOString(), replacedBy, plan: planOf(target) };
        const kept = await keepReplacedPlan(
          store,
          entry,
          options.restoring === undefined ? {} : { restoring: options.restoring },
        );
        setReplaced(kept.plans);
        droppedForRoom = kept.droppedForRoom;
      }
      metadata.current = withCurrency({ ...plan.metadata }, latest.current.language);
      setChosenCurrency(metadata.current.currency);
      target.restore(snapshot);
      return droppedForRoom;
    },
    [store, planOf],
  );

  /** Chooses the currency of the plan's amounts (pane and workbook), and saves the plan. */
  const chooseCurrency = useCallback(
    (next: Currency) => {
      metadata.current = { ...metadata.current, currency: next };
      setChosenCurrency(next);
      if (notebook !== undefined) save(notebook);
    },
    [notebook, save],
  );

  const currency = planCurrency(chosenCurrency, language);
  return { state, saving, keepAside, startAfresh, planOf, replace, replaced, currency, chooseCurrency };
}
