/**
 * Native Excel charts in an .xlsx file: exceljs writes none, so each chart is added to the written file as a
 * DrawingML chart part (`xl/charts/chartN.xml`), a drawing that anchors it over the sheet's cells
 * (`xl/drawings/drawingN.xml`), the relationships between sheet, drawing and chart, and their content types.
 * The chart reads its series from the sheet's cells by address, so Excel and LibreOffice draw it from the
 * values they compute. Only what the templates draw: a column chart, stacked or clustered.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { columnLetters, parseA1 } from "../functions/excel/a1";
import { escapeXml, resolveTarget, xmlAttribute, zipParts } from "./xml-parts";

/** One series: its name and values as ranges of the chart's sheet, and its colour. */
export interface ChartSeries {
  /** The cell holding the series' name, e.g. `A12`. */
  readonly name: string;
  /** The values, one row or column, e.g. `C12:Z12`. */
  readonly values: string;
  /** Fill colour as RRGGBB. */
  readonly colour: string;
}

/** A column chart over cells of one sheet. */
export interface ChartToWrite {
  /** The sheet's name, as the workbook lists it. */
  readonly sheet: string;
  readonly title: string;
  /** The cells the chart covers: top-left and bottom-right, e.g. `A22` and `P42`. */
  readonly from: string;
  readonly to: string;
  /** The categories along the axis, e.g. `C10:Z10`. */
  readonly categories: string;
  /** The number format of the categories (dates), e.g. `mmm yy`. */
  readonly categoryFormat?: string;
  readonly series: readonly ChartSeries[];
  /** Series stacked on one another (positive above the axis, negative below). */
  readonly stacked: boolean;
}

const CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${RELATIONSHIPS}/drawing`;
const REL_CHART = `${RELATIONSHIPS}/chart`;

/** A range of a sheet, absolute, as a chart's formula holds it: `'Monthly'!$C$12:$Z$12`. */
function absolute(sheet: string, range: string): string {
  const corners = range.split(":").map((cell) => {
    const { row, column } = parseA1(cell);
    return `$${columnLetters(column)}$${row}`;
  });
  return `'${sheet.replace(/'/g, "''")}'!${corners.join(":")}`;
}

function chartXml(chart: ChartToWrite): string {
  const text = (value: string) =>
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeXml(value)}</a:t></a:r></a:p></c:rich></c:tx>`;
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(absolute(chart.sheet, s.name))}</c:f></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:numRef><c:f>${escapeXml(absolute(chart.sheet, chart.categories))}</c:f></c:numRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absolute(chart.sheet, s.values))}</c:f></c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join("");
  const format = chart.categoryFormat ?? "General";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART}" xmlns:a="${DRAWING_ML}" xmlns:r="${RELATIONSHIPS}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${text(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${chart.stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="60"/>${chart.stacked ? `<c:overlap val="100"/>` : ""}` +
    `<c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="0"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The anchor of a chart: from the top-left of `from` to the bottom-right of `to` (markers count from 0). */
function anchorXml(chart: ChartToWrite, id: number, relId: string): string {
  const from = parseA1(chart.from);
  const to = parseA1(chart.to);
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from.column - 1, from.row - 1)}${marker("to", to.column, to.row)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${escapeXml(chart.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART}"><c:chart xmlns:c="${CHART}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The path of a sheet's part, by the sheet's name. */
function sheetPath(parts: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find(([t]) => xmlAttribute(t, "name") === name)?.[0];
  const id = tag === undefined ? undefined : xmlAttribute(tag, "r:id");
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find(([r]) => xmlAttribute(r, "Id") === id)?.[0];
  const target = rel === undefined ? undefined : xmlAttribute(rel, "Target");
  if (target === undefined) throw new Error(`The file has no sheet ${name}.`);
  return resolveTarget("xl/workbook.xml", target);
}

/** A relationship id not yet used in a relationships part. */
function freeId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n++;
  return `rId${n}`;
}

/** The first number `n` for which `path(n)` is not a part of the file. */
function freeNumber(parts: Record<string, Uint8Array>, path: (n: number) => string): number {
  let n = 1;
  while (parts[path(n)] !== undefined) n++;
  return n;
}

/**
 * Adds native column charts to an .xlsx file, one drawing per sheet.
 *
 * @param file - the .xlsx bytes, as exceljs wrote them
 * @param charts - the charts, each on a sheet of the file
 * @param modified - the date stamped on the file's parts (a fixed date keeps the output reproducible)
 * @returns the file with the charts, or the same bytes when there is none
 * @throws Error when a sheet is not in the file or already has a drawing
 */
export function withCharts(file: Uint8Array, charts: readonly ChartToWrite[], modified: Date): Uint8Array {
  if (charts.length === 0) return file;
  const parts = unzipSync(file);
  let types = strFromU8(parts["[Content_Types].xml"] ?? new Uint8Array());
  const bySheet = new Map<string, ChartToWrite[]>();
  for (const chart of charts) bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);
  for (const [sheet, onSheet] of bySheet) {
    const path = sheetPath(parts, sheet);
    let sheetXml = strFromU8(parts[path] ?? new Uint8Array());
    if (/<drawing\b/.test(sheetXml)) throw new Error(`The sheet ${sheet} already has a drawing.`);
    const sheetRelsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
    const sheetRels =
      parts[sheetRelsPath] === undefined
        ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"></Relationships>`
        : strFromU8(parts[sheetRelsPath]);
    const drawingNumber = freeNumber(parts, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const drawingRelId = freeId(sheetRels);
    parts[sheetRelsPath] = strToU8(
      sheetRels.replace(
        "</Relationships>",
        `<Relationship Id="${drawingRelId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNumber}.xml"/></Relationships>`,
      ),
    );
    // The drawing element goes where the schema puts it: before legacy drawings, table parts and extensions.
    const drawing = `<drawing r:id="${drawingRelId}"/>`;
    const before =
      /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
        sheetXml,
      );
    sheetXml =
      before === null
        ? sheetXml.replace("</worksheet>", `${drawing}</worksheet>`)
        : `${sheetXml.slice(0, before.index)}${drawing}${sheetXml.slice(before.index)}`;
    if (!/<worksheet\b[^>]*\sxmlns:r=/.test(sheetXml))
      sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${RELATIONSHIPS}"`);
    parts[path] = strToU8(sheetXml);

    const anchors: string[] = [];
    const drawingRels: string[] = [];
    onSheet.forEach((chart, i) => {
      const chartNumber = freeNumber(parts, (n) => `xl/charts/chart${n}.xml`);
      parts[`xl/charts/chart${chartNumber}.xml`] = strToU8(chartXml(chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
      const relId = `rId${i + 1}`;
      drawingRels.push(
        `<Relationship Id="${relId}" Type="${REL_CHART}" Target="../charts/chart${chartNumber}.xml"/>`,
      );
      anchors.push(anchorXml(chart, i + 1, relId));
    });
    parts[drawingPath] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${DRAWING_ML}" xmlns:r="${RELATIONSHIPS}">` +
        `${anchors.join("")}</xdr:wsDr>`,
    );
    parts[`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${drawingRels.join("")}</Relationships>`,
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
  }
  parts["[Content_Types].xml"] = strToU8(types);
  return zipParts(parts, modified);
}
