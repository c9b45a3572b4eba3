package de.stammkunde.api.value;

import de.stammkunde.domain.value.ScoreCustomers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, a scoring run for every shop with purchases (one instance queues them: ShedLock). */
@Component
class NightlyClvJob {
    private static final Logger log = LoggerFactory.getLogger(NightlyClvJob.class);

    private final ScoreCustomers scoring;

    NightlyClvJob(ScoreCustomers scoring) {
        this.scoring = scoring;
    }

    @Scheduled(cron = "${stammkunde.jobs.clv.nightly:0 30 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "nightly-clv", lockAtMostFor = "PT30M")
    void queueAll() {
        log.info("Nightly lifetime values: {} shops queued", scoring.queueAll());
    }
}
