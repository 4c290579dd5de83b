# The wirewatch worker and CLI. Editable install so seeds/ (issues, actors) resolve beside the code.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY wirewatch ./wirewatch
COPY seeds ./seeds
RUN pip install --no-cache-dir -e .
ENTRYPOINT ["wirewatch"]
CMD ["run"]
