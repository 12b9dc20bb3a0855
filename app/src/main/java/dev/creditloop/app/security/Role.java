package dev.creditloop.app.security;

/**
 * The back office's roles (seed 002's 权限管理 list) and the machine role of the lender's own app
 * backend and payment channel. A user may hold several.
 */
public enum Role {
  ACCOUNT_MANAGER("客户经理"),
  CUSTOMER_SERVICE("客服"),
  AGENT("代理商"),
  RISK("风控"),
  FINANCE("财务"),
  OPERATIONS("运营"),
  COLLECTOR("催收"),
  ADMIN("系统管理"),
  INTEGRATION("系统对接");

  private final String chinese;

  Role(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
