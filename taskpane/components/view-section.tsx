import { Body1, Title3 } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface ViewSectionProps {
  /** Unique in the page: the heading's id, which labels the section. */
  readonly id: string;
  readonly heading: string;
  readonly intro: string;
  readonly children: ReactNode;
}

/** One view of the planner: a labelled section with its heading and a line saying what it is for. */
export function ViewSection({ id, heading, intro, children }: ViewSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Title3 as="h2" id={id}>
        {/* elementtiming: the browser reports when the heading is painted (bench/cold-start.ts reads it); it
            times a text's nearest block, hence the block span. */}
        <span style={{ display: "block" }} {...{ elementtiming: id }}>
          {heading}
        </span>
      </Title3>
      <p>
        <Body1>{intro}</Body1>
      </p>
      {children}
    </section>
  );
}
