package uk.saferhub.shared.db;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Loads an aggregate with its collection in one select (Spring Data JDBC's single query loading) instead of one
 * select for the roots and one more per root for its collection: listing the directory's people for names on a page
 * took a query per person. Aggregates the single query cannot load are still loaded the traditional way.
 */
@Configuration(proxyBeanMethods = false)
class AggregateLoading {

    @Bean
    static BeanPostProcessor singleQueryLoading() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setSingleQueryLoadingEnabled(true);
                }
                return bean;
            }
        };
    }
}
