-- Articles are filtered by a security's name as well as its code (`security=中国太保`).
CREATE INDEX article_securities_by_name ON article_securities (name);
