package dev.creditloop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stores are called directly, not through a proxy (application.properties: exception
 * translation off): a store on the decision path (products, the business calendar, strategies, the
 * decision log) was called through a reflective proxy that translated nothing. A store that needs a
 * proxy for its own reason ({@code @Transactional}) keeps it.
 */
class StoreProxiesIT extends ApiIT {

  @Autowired ApplicationContext context;

  @Test
  void noStoreIsProxiedForNothing() {
    List<String> proxied = new ArrayList<>();
    int stores = 0;
    for (String name : context.getBeanDefinitionNames()) {
      Object bean = context.getBean(name);
      Class<?> type = AopUtils.getTargetClass(bean);
      if (!type.isAnnotationPresent(Repository.class)) {
        continue;
      }
      stores++;
      boolean transactional =
          type.isAnnotationPresent(Transactional.class)
              || java.util.Arrays.stream(type.getDeclaredMethods())
                  .anyMatch(m -> m.isAnnotationPresent(Transactional.class));
      if (AopUtils.isAopProxy(bean) && !transactional) {
        proxied.add(type.getName());
      }
    }
    assertThat(stores).isGreaterThan(10);
    assertThat(proxied).isEmpty();
  }
}
