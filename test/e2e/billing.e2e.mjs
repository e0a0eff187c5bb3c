// The billing import in the standalone planner, walked in Chromium in English and in French: a Stripe-shaped
// .csv picked, its columns recognised, the rejected rows listed with their reasons, the subscription table
// written into the in-browser workbook, the .xlsx exported, and the export reopened in LibreOffice, whose
// values of the table are checked (dates as dates, the MRR column recalculated from its formula).
// Expected figures are worked by hand from the file below, never read from the product.
// Screenshots: test-results/billing-*.png.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert, check, finish, openPlanner, results } from "./browser.mjs";
import { sheetsInLibreOffice } from "./libreoffice.mjs";

// Stripe's subscription export, the columns as its dashboard names them.
const STRIPE_CSV = [
  "id,Customer ID,Customer Name,Customer Email,Plan,Quantity,Currency,Interval,Amount,Status,Created (UTC),Start (UTC),Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),Trial Start (UTC),Trial End (UTC),Canceled At (UTC),Ended At (UTC),Cancel At Period End",
  // Row 2: 49.00 a month since 15 January 2024 (serial 45306).
  "sub_1,cus_A,Acme,a@acme.test,price_1,1,usd,month,49.00,active,2024-01-15 10:23,2024-01-15 10:23,2024-01-15 10:23,2024-03-15 10:23,2024-04-15 10:23,,,,,false",
  // Row 3: 2 seats of 1,200.00 a year since 1 February (45323): 2,400 every 12 months, MRR 200.
  "sub_2,cus_B,Beta,b@beta.test,price_2,2,usd,year,1200.00,active,2024-02-01 09:00,2024-02-01 09:00,2024-02-01 09:00,2024-02-01 09:00,2025-02-01 09:00,,,,,false",
  // Row 4: cancelled; ended on 5 March (45356).
  "sub_3,cus_C,Gamma,c@gamma.test,price_1,1,usd,month,99.00,canceled,2024-01-10 08:00,2024-01-10 08:00,2024-01-10 08:00,2024-02-10 08:00,2024-03-10 08:00,,,2024-03-01 16:40,2024-03-05 12:00,false",
  // Row 5: never paid: rejected.
  "sub_4,cus_D,Delta,d@delta.test,price_1,1,usd,month,19.00,incomplete_expired,2024-03-01 10:00,2024-03-01 10:00,2024-03-01 10:00,,,,,,,false",
  // Row 6: no customer: rejected.
  "sub_5,,,,price_1,1,usd,month,10.00,active,2024-03-01 10:00,2024-03-01 10:00,2024-03-01 10:00,,,,,,,false",
  // Row 7: set to cancel at the end of its period, 20 May (45432).
  "sub_6,cus_F,Zeta,f@zeta.test,price_1,1,usd,month,29.00,active,2024-02-20 11:00,2024-02-20 11:00,2024-02-20 11:00,2024-04-20 11:00,2024-05-20 11:00,,,2024-04-02 09:00,,true",
].join("\n");

// Customer, Amount, Interval in months, Start, End, MRR, as LibreOffice reads the exported table: the dates are real dates
// (a text date would come out as written, "2024-01-15 10:23"), which its CSV writes month first in its default
// locale; MRR is computed by LibreOffice from the column's formula, Amount ÷ Interval in months.
const EXPECTED = [
  ["cus_A", "49", "1", "01/15/2024", "", "49"],
  ["cus_B", "2400", "12", "02/01/2024", "", "200"],
  ["cus_C", "99", "1", "01/10/2024", "03/05/2024", "99"],
  ["cus_F", "29", "1", "02/20/2024", "05/20/2024", "29"],
];

const WORDS = {
  en: {
    locale: "en-US",
    tab: "Scaling plan",
    region: "Finance: import a billing export",
    file: "Billing export file (.csv or .xlsx)",
    read: "6 rows read from stripe-subscriptions.csv.",
    ready: "4 subscriptions ready to write (USD).",
    rejected: ['Row 5: status "incomplete_expired": never paid, no revenue.', "Row 6: no customer."],
    write: "Write the subscription table",
    written: 'written to the table CSMKit_Subscriptions on the sheet "CSM Kit billing".',
    export: "Export .xlsx",
    headers: ["Customer", "Amount", "Interval in months", "Start", "End", "MRR"],
  },
  fr: {
    locale: "fr-FR",
    tab: /^Plan de /,
    region: "Finance : importer un export de facturation",
    file: "Fichier d'export de facturation (.csv ou .xlsx)",
    read: "6 lignes lues dans stripe-subscriptions.csv.",
    ready: "4 abonnements prêts à écrire (USD).",
    rejected: [
      "Ligne 5 : statut « incomplete_expired » : jamais payé, aucun revenu.",
      "Ligne 6 : pas de client.",
    ],
    write: "Écrire le tableau des abonnements",
    written: "écrits dans le tableau CSMKit_Subscriptions de la feuille « CSM Kit billing ».",
    export: "Exporter le .xlsx",
    headers: ["Client", "Montant", "Périodicité en mois", "Début", "Fin", "MRR"],
  },
};

/** The sheet "CSM Kit billing" of an .xlsx as LibreOffice reads it, numbers without their format, as cells. */
function billingSheetInLibreOffice(file) {
  const sheets = sheetsInLibreOffice(file, { asShown: false });
  const sheet = sheets.get("CSM Kit billing");
  assert(sheet !== undefined, `LibreOffice read the sheets ${[...sheets.keys()].join(", ")}`);
  return sheet
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
}

for (const language of ["en", "fr"]) {
  const w = WORDS[language];
  await check(
    `${language}: a Stripe export is imported, written, exported and read back by LibreOffice`,
    async () => {
      const { context, page, problems } = await openPlanner("", { locale: w.locale });
      const shot = (name) =>
        page.screenshot({ path: join(results, `billing-${language}-${name}.png`), fullPage: true });
      try {
        const tab = page.getByRole("tab", { name: w.tab });
        for (let i = 0; i < 50 && (await tab.getAttribute("aria-selected")) !== "true"; i++) {
          await tab.click();
          await page.waitForTimeout(100);
        }
        const region = page.getByRole("region", { name: w.region });
        await region.waitFor({ timeout: 15_000 });
        await region.getByLabel(w.file).setInputFiles({
          name: "stripe-subscriptions.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(STRIPE_CSV, "utf8"),
        });
        await region.getByText(w.read, { exact: false }).waitFor({ timeout: 15_000 });
        await region.getByText(w.ready).waitFor({ timeout: 5_000 });
        for (const line of w.rejected) await region.getByText(line).waitFor({ timeout: 2_000 });
        await shot("1-imported");

        // The pane holds in 320 px: nothing wider than the window.
        await page.setViewportSize({ width: 320, height: 900 });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert(wide <= 320, `the pane is ${wide} px wide at 320 px`);
        await shot("2-320px");
        await region.screenshot({ path: join(results, `billing-${language}-2-320px-import.png`) });

        await region.getByRole("button", { name: w.write }).click();
        await region.getByText(w.written, { exact: false }).waitFor({ timeout: 10_000 });
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("toolbar", { name: "Plan" }).getByRole("button", { name: w.export }).click(),
        ]);
        const dir = mkdtempSync(join(tmpdir(), "csm-billing-xlsx-"));
        const file = join(dir, "plan.xlsx");
        writeFileSync(file, readFileSync(await download.path()));
        const rows = billingSheetInLibreOffice(file);
        rmSync(dir, { recursive: true, force: true });
        const header = rows.findIndex((row) => row[0] === w.headers[0]);
        assert(header !== -1, `no header row in ${JSON.stringify(rows.slice(0, 3))}`);
        assert(
          JSON.stringify(rows[header].slice(0, 6)) === JSON.stringify(w.headers),
          `headers ${rows[header].slice(0, 6)}`,
        );
        const values = rows.slice(header + 1).map((row) => row.slice(0, 6));
        assert(JSON.stringify(values) === JSON.stringify(EXPECTED), `values ${JSON.stringify(values)}`);
        assert(problems.length === 0, problems.join("; "));
        await shot("3-written");

        // The table lives only in this page: reloading asks first (the browser's own dialog), and staying keeps it.
        const dialogs = [];
        page.once("dialog", (dialog) => {
          dialogs.push(dialog.type());
          void dialog.dismiss();
        });
        await page.reload({ timeout: 3_000 }).catch(() => undefined);
        assert(JSON.stringify(dialogs) === JSON.stringify(["beforeunload"]), `dialogs ${dialogs}`);
        await region.getByText(w.written, { exact: false }).waitFor({ timeout: 2_000 });
      } catch (error) {
        await shot("failed");
        throw error;
      } finally {
        await context.close();
      }
    },
  );
}

await finish();
