-- The demo schema for SQLite: customers, products, orders and their lines.
-- Every table carries a version column for optimistic locking. There are no triggers:
-- Concord's model itself bumps version and writes modified_by/modified_at on every save.
-- Statements end with ';' at the end of a line (DemoDatabase::runScript splits there).

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         VARCHAR(120) NOT NULL,
    email        VARCHAR(200) UNIQUE,
    phone        VARCHAR(40),
    city         VARCHAR(80),
    country      VARCHAR(80),
    credit_limit NUMERIC(12,2),
    active       BOOLEAN NOT NULL DEFAULT TRUE,
    notes        TEXT,
    created_on   DATE,
    modified_by  VARCHAR(80),
    modified_at  TIMESTAMP,
    version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    sku          VARCHAR(40) NOT NULL UNIQUE,
    name         VARCHAR(120) NOT NULL,
    description  TEXT,
    price        NUMERIC(10,2),
    stock        INTEGER,
    discontinued BOOLEAN NOT NULL DEFAULT FALSE,
    modified_by  VARCHAR(80),
    modified_at  TIMESTAMP,
    version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    ordered_at   TIMESTAMP,
    status       VARCHAR(20) CHECK (status IN ('new', 'confirmed', 'shipped', 'delivered', 'cancelled')),
    total        NUMERIC(12,2),
    notes        TEXT,
    modified_by  VARCHAR(80),
    modified_at  TIMESTAMP,
    version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE order_lines (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    product_id   INTEGER NOT NULL REFERENCES products(id),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    unit_price   NUMERIC(10,2),
    version      INTEGER NOT NULL DEFAULT 1
);

-- Foreign-key columns are what the forms filter and join on.
CREATE INDEX orders_customer_idx ON orders(customer_id);
CREATE INDEX order_lines_order_idx ON order_lines(order_id);
CREATE INDEX order_lines_product_idx ON order_lines(product_id);
