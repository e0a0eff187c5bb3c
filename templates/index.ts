/** Every template the product ships, in the order the pane lists them. */
import { health } from "./health";
import { kpi } from "./kpi";
import { scalingAudit } from "./scaling-audit";
import { segmentation } from "./segmentation";
import type { TemplateSpec } from "./spec";
import { successPlan } from "./success-plan";

export const TEMPLATES: readonly TemplateSpec[] = [kpi, successPlan, health, scalingAudit, segmentation];
