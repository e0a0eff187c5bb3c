import { Body1, Subtitle2 } from "@fluentui/react-components";
import { ViewSection } from "../../components/view-section";
import type { Strings } from "../../i18n/strings";

export function HomeView({ t }: { readonly t: Strings }) {
  return (
    <ViewSection id="home-heading" heading={t.homeHeading} intro={t.homeIntro}>
      <Subtitle2 as="h3">{t.homeExcelHeading}</Subtitle2>
      <ul>
        <li>
          <Body1>{t.homeExcelWeb}</Body1>
        </li>
        <li>
          <Body1>{t.homeExcelDesktop}</Body1>
        </li>
        <li>
          <Body1>{t.homeExcelTry}</Body1>
        </li>
      </ul>
    </ViewSection>
  );
}
