package de.stammkunde.api.complaint;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.complaint.SendSurveys;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the follow-up survey of cases closed a day ago, every quarter of an hour, each in its own transaction; one
 * instance at a time (ShedLock). Safe to run twice: a case gets one survey.
 */
@Component
public class SurveyJob {
    private static final Logger log = LoggerFactory.getLogger(SurveyJob.class);
    private static final int CHUNK = 200;

    private final SendSurveys surveys;
    private final Transactions tx;

    SurveyJob(SendSurveys surveys, Transactions tx) {
        this.surveys = surveys;
        this.tx = tx;
    }

    @Scheduled(initialDelayString = "${stammkunde.jobs.surveys.initial-delay:PT2M}",
            fixedDelayString = "${stammkunde.jobs.surveys.interval:PT15M}")
    @SchedulerLock(name = "satisfaction-surveys", lockAtMostFor = "PT30M")
    public void scheduled() {
        runNow();
    }

    /** Sends every survey due now; how many. */
    public int runNow() {
        int sent = 0;
        while (true) {
            var due = tx.read(() -> surveys.due(CHUNK));
            for (var d : due) {
                if (tx.write(() -> surveys.send(d))) {
                    sent++;
                }
            }
            if (due.size() < CHUNK) {
                break;
            }
        }
        if (sent > 0) {
            log.info("Satisfaction surveys: {} cases surveyed", sent);
        }
        return sent;
    }
}
