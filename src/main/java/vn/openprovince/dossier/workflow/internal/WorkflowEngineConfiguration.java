package vn.openprovince.dossier.workflow.internal;

import java.util.Map;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The engine as the workflows need it. Its job executor (timers) is started here, not by Flowable's own
 * {@code flowable.async-executor-activate}: only a context that has the beans the processes call runs jobs (a
 * module test's context, which shares the engine tables, must never pick up a timer it cannot execute).
 * {@code openprovince.workflow.job-executor=false} ({@code WORKFLOW_JOB_EXECUTOR}) keeps a node from running jobs.
 *
 * <p>Process expressions see only the two beans the processes call ({@code workflowClock}, {@code workflowTimers}),
 * not every bean of the application: an uploaded BPMN file cannot reach repositories or services by name.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowEngineConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> workflowEngine(StepClock clock,
            // Lazy: the timers use the engine's TaskService, which is built with this configurer.
            @Lazy StepTimers timers,
            @Value("${openprovince.workflow.job-executor:true}") boolean jobExecutor) {
        return configuration -> {
            configuration.setBeans(Map.of("workflowClock", clock, "workflowTimers", timers));
            configuration.setAsyncExecutorActivate(jobExecutor);
        };
    }
}
