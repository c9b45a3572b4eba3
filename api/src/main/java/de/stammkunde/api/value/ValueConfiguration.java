package de.stammkunde.api.value;

import de.stammkunde.api.config.Transactions;
import de.stammkunde.domain.acquisition.AcquisitionFigures;
import de.stammkunde.domain.acquisition.AcquisitionReport;
import de.stammkunde.domain.acquisition.ManageChannels;
import de.stammkunde.domain.acquisition.MarketingSpends;
import de.stammkunde.domain.acquisition.RecordSpend;
import de.stammkunde.domain.audit.AuditLog;
import de.stammkunde.domain.customer.AcquisitionChannels;
import de.stammkunde.domain.events.DomainEvents;
import de.stammkunde.domain.history.ImportFiles;
import de.stammkunde.domain.history.ImportJobs;
import de.stammkunde.domain.history.ImportQueries;
import de.stammkunde.domain.history.PurchaseHistory;
import de.stammkunde.domain.history.RunImport;
import de.stammkunde.domain.history.StartImport;
import de.stammkunde.domain.purchase.RecordPurchase;
import de.stammkunde.domain.shop.Shops;
import de.stammkunde.domain.value.ChangeValueSettings;
import de.stammkunde.domain.value.ClvRuns;
import de.stammkunde.domain.value.ClvScores;
import de.stammkunde.domain.value.FitModel;
import de.stammkunde.domain.value.PurchaseSummaries;
import de.stammkunde.domain.value.ScoreCustomers;
import de.stammkunde.domain.value.ValueDashboard;
import de.stammkunde.domain.value.ValueFigures;
import de.stammkunde.domain.value.ValueSettingsStore;
import de.stammkunde.persistence.acquisition.AcquisitionPersistence;
import de.stammkunde.persistence.history.HistoryPersistence;
import de.stammkunde.persistence.value.ValuePersistence;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Customer value: channels, spend, CAC, history imports, value settings and models. */
@Configuration(proxyBeanMethods = false)
class ValueConfiguration {
    @Bean
    AcquisitionChannels acquisitionChannels(DSLContext dsl) {
        return AcquisitionPersistence.channels(dsl);
    }

    @Bean
    MarketingSpends marketingSpends(DSLContext dsl) {
        return AcquisitionPersistence.spends(dsl);
    }

    @Bean
    AcquisitionFigures acquisitionFigures(DSLContext dsl) {
        return AcquisitionPersistence.figures(dsl);
    }

    @Bean
    ValueSettingsStore valueSettingsStore(DSLContext dsl) {
        return ValuePersistence.settings(dsl);
    }

    @Bean
    PurchaseSummaries purchaseSummaries(DSLContext dsl) {
        return ValuePersistence.summaries(dsl);
    }

    @Bean
    ClvRuns clvRuns(DSLContext dsl) {
        return ValuePersistence.runs(dsl);
    }

    @Bean
    ClvScores clvScores(DSLContext dsl) {
        return ValuePersistence.scores(dsl);
    }

    @Bean
    ValueFigures valueFigures(DSLContext dsl) {
        return ValuePersistence.figures(dsl);
    }

    @Bean
    FitModel fitModel(Shops shops, PurchaseSummaries summaries, Clock clock) {
        return new FitModel(shops, summaries, clock);
    }

    @Bean
    ScoreCustomers scoreCustomers(Shops shops, ClvRuns runs, PurchaseSummaries summaries, ClvScores scores,
                                  ValueSettingsStore settings, Transactions tx, Clock clock) {
        return new ScoreCustomers(shops, runs, summaries, scores, settings, tx, clock);
    }

    @Bean
    ValueDashboard valueDashboard(Shops shops, ValueFigures figures, ClvRuns runs, ValueSettingsStore settings,
                                  Clock clock) {
        return new ValueDashboard(shops, figures, runs, settings, clock);
    }

    @Bean
    ImportJobs importJobs(DSLContext dsl) {
        return HistoryPersistence.jobs(dsl);
    }

    @Bean
    ImportFiles importFiles(DSLContext dsl) {
        return HistoryPersistence.files(dsl);
    }

    @Bean
    PurchaseHistory purchaseHistory(DSLContext dsl) {
        return HistoryPersistence.purchases(dsl);
    }

    @Bean
    ManageChannels manageChannels(AcquisitionChannels channels, AuditLog audit, Clock clock) {
        return new ManageChannels(channels, audit, clock);
    }

    @Bean
    RecordSpend recordSpend(Shops shops, AcquisitionChannels channels, MarketingSpends spends, AuditLog audit,
                            Clock clock) {
        return new RecordSpend(shops, channels, spends, audit, clock);
    }

    @Bean
    AcquisitionReport acquisitionReport(Shops shops, AcquisitionChannels channels, AcquisitionFigures figures,
                                        ValueSettingsStore settings, Clock clock) {
        return new AcquisitionReport(shops, channels, figures, settings, clock);
    }

    @Bean
    ChangeValueSettings changeValueSettings(ValueSettingsStore store, AuditLog audit, Clock clock) {
        return new ChangeValueSettings(store, audit, clock);
    }

    @Bean
    StartImport startImport(Shops shops, ImportJobs jobs, ImportFiles files, AuditLog audit, Clock clock) {
        return new StartImport(shops, jobs, files, audit, clock);
    }

    @Bean
    ImportQueries importQueries(ImportJobs jobs) {
        return new ImportQueries(jobs);
    }

    @Bean
    RunImport runImport(Shops shops, ImportJobs jobs, ImportFiles files, PurchaseHistory history,
                        AcquisitionChannels channels, RecordPurchase recordPurchase, DomainEvents events,
                        Transactions tx, Clock clock) {
        return new RunImport(shops, jobs, files, history, channels, recordPurchase, events, tx, clock);
    }
}
