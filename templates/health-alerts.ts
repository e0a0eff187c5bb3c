/** The account health workbook's alerts column: the alerts of Elevo's account-health indicators as one text. */
import { NONE } from "./health-accounts";
import type { ColumnSpec } from "./spec";
import type { Language } from "../functions/excel/language";

export const NO_ALERT = { en: "No alert", fr: "Aucune alerte" } as const;

/** Each raised alert after a separator, the first separator cut; "–" for a row with no account. */
function alertsFormula(row: (key: string) => string, language: Language): string {
  const fr = language === "fr";
  const sep = fr ? " ; " : "; ";
  const [days, months, last, now, wanted] = [
    row("adminDays"),
    row("loginMonths"),
    row("usedLast"),
    row("usedNow"),
    row("interest"),
  ];
  const admin = `IF(ISNUMBER(${days}),IF(${days}>=AdminMonths*30,"${sep}${fr ? "Admin inactif " : "Admin idle "}"&${days}&"${fr ? " jours" : " days"}",""),"")`;
  const unit = fr ? `" mois"` : `IF(${months}=1," month"," months")`;
  const login = `IF(ISNUMBER(${months}),IF(${months}>=LoginMonths,"${sep}${fr ? "Sans connexion " : "No login "}"&${months}&${unit},""),"")`;
  const drop = `(${last}-${now})/${last}`;
  const licences = `IF(AND(ISNUMBER(${last}),ISNUMBER(${now})),IF(${last}>0,IF(${drop}>LicenceDrop,"${sep}Licences −"&ROUND(${drop}*100,0)&" % ("&${last}&" → "&${now}&")",""),""),"")`;
  const interest = `IFERROR(IF(LEN(${wanted})>0,"${sep}${fr ? "Intérêt pour " : "Interest in "}"&${wanted}&"${fr ? " (non détenu)" : " (not owned)"}",""),"")`;
  const all = `${admin}&${login}&${licences}&${interest}`;
  return `IF(LEN(${row("account")})=0,"${NONE}",IF(LEN(${all})=0,"${NO_ALERT[language]}",MID(${all},${sep.length + 1},1000)))`;
}

export const ALERTS_COLUMN: ColumnSpec = {
  key: "alerts",
  header: { en: "Alerts", fr: "Alertes" },
  width: 60,
  formula: alertsFormula,
};
