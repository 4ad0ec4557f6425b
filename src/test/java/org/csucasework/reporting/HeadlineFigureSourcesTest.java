package org.csucasework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csucasework.intake.ReportFigures;
import org.csucasework.reference.ReferenceDataService;
import org.csucasework.tasking.TaskingFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** How the headline figures take the counts other capabilities report through {@link HeadlineFigureSource}. */
class HeadlineFigureSourcesTest {

    private static final Period YEAR = new Period(LocalDate.of(2019, 10, 1), LocalDate.of(2020, 9, 30));

    @Test
    void aFigureNoSourceCountsIsNotAvailableNeverZero() {
        HeadlineFigures headline = service().headline(YEAR);

        HeadlineFigures.Row letters = headline.row(HeadlineFigure.WARNING_LETTERS);
        assertThat(letters.available()).isFalse();
        assertThat(letters.current()).isNull();
        assertThat(letters.previous()).isNull();
        assertThat(FiguresTable.of(headline).rows().get(HeadlineFigure.WARNING_LETTERS.ordinal()))
                .contains("not available");
        assertThat(headline.maracAveragePerMeeting().current()).isNull();
    }

    @Test
    void sourcesCountTheirFiguresWithDetailsAndTwoSourcesOfOneFigureAddUp() {
        HeadlineFigureSource groups = new HeadlineFigureSource() {
            @Override
            public Map<HeadlineFigure, Long> count(LocalDate from, LocalDate to) {
                return from.equals(YEAR.from())
                        ? Map.of(HeadlineFigure.TASK_AND_FINISH_GROUPS, 17L, HeadlineFigure.PARTNERSHIP_SITE_VISITS, 18L)
                        : Map.of(HeadlineFigure.TASK_AND_FINISH_GROUPS, 17L);
            }

            @Override
            public List<String> details(HeadlineFigure figure, LocalDate from, LocalDate to) {
                return figure == HeadlineFigure.TASK_AND_FINISH_GROUPS ? List.of("Oak Tree Farm", "Romney Street, Otford")
                        : List.of();
            }
        };
        HeadlineFigureSource marac = (from, to) -> from.equals(YEAR.from())
                ? Map.of(HeadlineFigure.MARAC_MEETINGS, 12L, HeadlineFigure.MARAC_CASES_DISCUSSED, 241L,
                HeadlineFigure.COMMUNITY_PROTECTION_NOTICES, 3L)
                : Map.of(HeadlineFigure.MARAC_MEETINGS, 11L, HeadlineFigure.MARAC_CASES_DISCUSSED, 200L);
        HeadlineFigureSource environmentalHealth = (from, to) -> Map.of(HeadlineFigure.COMMUNITY_PROTECTION_NOTICES, 2L);

        HeadlineFigures headline = service(groups, marac, environmentalHealth).headline(YEAR);

        HeadlineFigures.Row tfg = headline.row(HeadlineFigure.TASK_AND_FINISH_GROUPS);
        assertThat(List.of(tfg.current(), tfg.previous(), tfg.difference())).containsExactly(17L, 17L, 0L);
        assertThat(tfg.percentageChange()).hasToString("0.0");
        assertThat(tfg.details()).containsExactly("Oak Tree Farm", "Romney Street, Otford");
        HeadlineFigures.Row cpn = headline.row(HeadlineFigure.COMMUNITY_PROTECTION_NOTICES);
        assertThat(List.of(cpn.current(), cpn.previous())).containsExactly(5L, 2L);
        assertThat(headline.row(HeadlineFigure.COMMUNITY_PROTECTION_WARNINGS).available()).isFalse();
        assertThat(headline.maracAveragePerMeeting().current()).hasToString("20.1");
        assertThat(headline.maracAveragePerMeeting().previous()).hasToString("18.2");
    }

    private static FiguresService service(HeadlineFigureSource... sources) {
        ReportFigures reportFigures = mock(ReportFigures.class);
        when(reportFigures.countReceived(any(), any())).thenReturn(0L);
        TaskingFigures taskingFigures = mock(TaskingFigures.class);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < sources.length; i++) {
            beans.addBean("source" + i, sources[i]);
        }
        return new FiguresService(reportFigures, taskingFigures, mock(ReferenceDataService.class),
                beans.getBeanProvider(HeadlineFigureSource.class), Clock.systemUTC());
    }
}
